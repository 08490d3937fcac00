namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets records and init-only setters compile for netstandard2.0. Written by hand rather than taken from a
/// polyfill generator, whose output order made netstandard2.0 builds non-deterministic.
/// </summary>
internal static class IsExternalInit
{
}
