using System;
using System.IO;
using System.Text;

namespace SummitFacts.Tests.Repair;

/// <summary>
/// Builds the code-page tables the generator embeds, from .NET's own encodings, so a test can prove the embedded
/// copies match and can rewrite them (set SUMMITFACTS_WRITE_CODEPAGES=1) when the table format changes.
/// Format: UTF-16LE chars, 128 entries for single bytes 0x80..0xFF, then for double-byte code pages 126 x 191 entries
/// for lead 0x81..0xFE and trail 0x40..0xFE; 0 means "does not decode".
/// </summary>
internal static class CodePageTableBuilder
{
    static CodePageTableBuilder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Build(int codePage, bool doubleByte)
    {
        Encoding enc = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        int count = 128 + (doubleByte ? 126 * 191 : 0);
        var chars = new char[count];
        for (int b = 0x80; b <= 0xFF; b++)
        {
            chars[b - 0x80] = DecodeOne(enc, new[] { (byte)b });
        }

        if (doubleByte)
        {
            for (int lead = 0x81; lead <= 0xFE; lead++)
            {
                for (int trail = 0x40; trail <= 0xFE; trail++)
                {
                    chars[128 + (lead - 0x81) * 191 + (trail - 0x40)] = DecodeOne(enc, new[] { (byte)lead, (byte)trail });
                }
            }
        }

        var bytes = new byte[count * 2];
        for (int i = 0; i < count; i++)
        {
            bytes[2 * i] = (byte)chars[i];
            bytes[2 * i + 1] = (byte)(chars[i] >> 8);
        }

        return bytes;
    }

    private static char DecodeOne(Encoding enc, byte[] bytes)
    {
        try
        {
            string s = enc.GetString(bytes);
            if (s.Length != 1 || char.IsSurrogate(s[0]))
            {
                return '\0';
            }

            // A pair whose trail byte decodes on its own is not a real pair.
            return s[0];
        }
        catch (DecoderFallbackException)
        {
            return '\0';
        }
    }

    public static string SourceDirectory()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "SummitFacts.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return Path.Combine(dir ?? throw new InvalidOperationException("solution not found"), "src", "SummitFacts.Generator", "Text", "CodePages");
    }
}
