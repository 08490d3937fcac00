using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SummitFacts.IntelliSense.Tests.Infrastructure;

/// <summary>
/// The fact members the generator emitted into a nested class, read from the built assembly: what
/// completion must offer, paired with the runtime fact each one returns.
/// </summary>
public static class GeneratedMembers
{
    public static IReadOnlyList<GeneratedMember<T>> Of<T>(Type nestedClass)
        where T : class
    {
        return nestedClass
            .GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType == typeof(T))
            .OrderBy(p => p.MetadataToken)
            .Select(p => new GeneratedMember<T>(p.Name, (T)(p.GetValue(null) ?? throw new InvalidOperationException(p.Name + " returned null."))))
            .ToList();
    }
}

/// <summary>A generated property and the fact it returns.</summary>
public sealed record GeneratedMember<T>(string Name, T Fact)
{
    public override string ToString() => Name;
}
