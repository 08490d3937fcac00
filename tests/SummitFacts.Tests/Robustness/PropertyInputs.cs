using System;
using System.Collections.Generic;
using System.Globalization;
using CsCheck;

namespace SummitFacts.Tests.Robustness;

/// <summary>
/// Draws property-test inputs from a seed: fixed under CI, so a run that lands is the run that was checked,
/// random on a developer's machine so new inputs keep being tried. Set SUMMITFACTS_PROPERTY_SEED to replay one.
/// </summary>
internal static class PropertyInputs
{
    private const ulong CiSeed = 0x5EED_2025;

    public static readonly ulong Seed = ChooseSeed();

    /// <summary>The <paramref name="count"/> inputs of this run, each with the seed that reproduces it.</summary>
    public static IEnumerable<(ulong Seed, T Value)> Draw<T>(Gen<T> gen, int count)
    {
        for (int i = 0; i < count; i++)
        {
            ulong seed = Seed + (ulong)i;
            yield return (seed, gen.Generate(new PCG(1, seed), null, out _));
        }
    }

    /// <summary>Runs <paramref name="check"/> on every input; a failure names the seed and the input.</summary>
    public static void ForAll<T>(Gen<T> gen, int count, Action<T> check)
    {
        foreach (var (seed, value) in Draw(gen, count))
        {
            try
            {
                check(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"Property failed for input seed {seed} (SUMMITFACTS_PROPERTY_SEED={seed} replays it first): {Check.Print(value)}", e);
            }
        }
    }

    private static ulong ChooseSeed()
    {
        string? given = Environment.GetEnvironmentVariable("SUMMITFACTS_PROPERTY_SEED");
        if (given is { Length: > 0 } && ulong.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong seed))
        {
            return seed;
        }

        return Environment.GetEnvironmentVariable("CI") == "true" ? CiSeed : (ulong)Random.Shared.NextInt64();
    }
}
