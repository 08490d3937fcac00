using System;
using System.IO;
using System.Text;

namespace SummitFacts.Cli.Input;

/// <summary>
/// Reads article files as bytes and decodes them: a byte order mark (UTF-8, UTF-16, UTF-32) decides the
/// encoding, anything else is UTF-8. Invalid UTF-8 becomes U+FFFD rather than an error, because a damaged
/// article still has facts worth extracting.
/// </summary>
internal static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads <paramref name="path"/>; on failure returns null and <paramref name="error"/> says why, in words.</summary>
    public static DecodedFile? TryRead(string path, out string? error)
    {
        error = null;
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                error = "is a directory, not a file";
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = "no such file";
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied";
            return null;
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            error = "cannot be read (" + e.Message + ")";
            return null;
        }

        return Decode(path, bytes);
    }

    public static DecodedFile Decode(string path, byte[] bytes)
    {
        // UTF-32 LE starts like UTF-16 LE, so the longer mark is tested first.
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00))
        {
            return Bom(path, bytes, 4, new UTF32Encoding(bigEndian: false, byteOrderMark: false), "UTF-32 LE (BOM)");
        }

        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF))
        {
            return Bom(path, bytes, 4, new UTF32Encoding(bigEndian: true, byteOrderMark: false), "UTF-32 BE (BOM)");
        }

        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return Utf8(path, bytes, 3, "UTF-8 (BOM)");
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return Bom(path, bytes, 2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false), "UTF-16 LE (BOM)");
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return Bom(path, bytes, 2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false), "UTF-16 BE (BOM)");
        }

        return Utf8(path, bytes, 0, "UTF-8 (no BOM)");
    }

    private static DecodedFile Utf8(string path, byte[] bytes, int skip, string name)
    {
        try
        {
            return new DecodedFile(path, StrictUtf8.GetString(bytes, skip, bytes.Length - skip), name, false);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedFile(path, LenientUtf8.GetString(bytes, skip, bytes.Length - skip), name + ", invalid bytes replaced by U+FFFD", true);
        }
    }

    // These encodings replace invalid sequences by default, so a truncated UTF-16 file still decodes.
    private static DecodedFile Bom(string path, byte[] bytes, int skip, Encoding encoding, string name) =>
        new(path, encoding.GetString(bytes, skip, bytes.Length - skip), name, false);

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
