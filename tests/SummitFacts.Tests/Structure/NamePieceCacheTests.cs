using System;
using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Structure;

/// <summary>ExtractionContext works name pieces out once per word; every token still gets its own offsets.</summary>
public class NamePieceCacheTests
{
    private const string Text = "A pro-Kremlin group met a London-based firm. Later the pro-Kremlin and London-based ones left; soviet-era pro-Kremlin.";

    [Fact]
    public void Each_token_gets_the_piece_NamePiece_Of_gives_it()
    {
        Document document = Document.Parse(Text, CancellationToken.None);
        var context = new ExtractionContext(document, new SourceMap(Text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
        int partial = 0;
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            Token token = document.Tokens[i];
            NamePiece? expected = NamePiece.Of(token, document.Tokens.Text(token));
            NamePiece? actual = context.NamePieceAt(i);
            Assert.Equal(expected.HasValue, actual.HasValue);
            NamePiece piece = context.Piece(i);
            if (expected is { } e)
            {
                Assert.Equal((e.Start, e.End, e.Text, e.CutAfter), (actual!.Value.Start, actual.Value.End, actual.Value.Text, actual.Value.CutAfter));
                Assert.Equal((e.Start, e.End, e.Text, e.CutAfter), (piece.Start, piece.End, piece.Text, piece.CutAfter));
                Assert.Equal(e.Text, Text.Substring(piece.Start, piece.End - piece.Start));
                partial += e.Start != token.Start || e.End != token.End ? 1 : 0;
            }
            else
            {
                Assert.Equal((token.Start, token.End, document.Tokens.Text(token), false), (piece.Start, piece.End, piece.Text, piece.CutAfter));
            }
        }

        Assert.Equal(5, partial);
    }
}
