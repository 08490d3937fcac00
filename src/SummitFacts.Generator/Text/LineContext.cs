namespace SummitFacts.Generator.Text;

/// <summary>
/// What repair has produced so far on the current line: the last character and whether a double or single
/// quotation is open. Lost characters are guessed from it (a closing quote needs an opening one).
/// </summary>
internal struct LineContext
{
    public char Previous;
    public bool DoubleOpen;
    public bool SingleOpen;

    // Which quotation style the line has opened with so far: a lost opening quote likely follows the same style.
    public int DoubleOpenings;
    public int SingleOpenings;

    // The text's habit when the line has no quotation yet: British news quotes with single marks.
    public bool PreferSingle;

    /// <summary><see cref="Append"/> for a character below U+0080, which needs no look at the next one.</summary>
    public void AppendAscii(char c)
    {
        if (c == '"')
        {
            DoubleOpen = !DoubleOpen;
        }

        Previous = c;
    }

    /// <summary><see cref="AppendAscii(char)"/> for a run of characters below U+0080 that holds
    /// <paramref name="quotes"/> straight double quotes and ends with <paramref name="last"/>.</summary>
    public void AppendAscii(char last, int quotes)
    {
        if ((quotes & 1) != 0)
        {
            DoubleOpen = !DoubleOpen;
        }

        Previous = last;
    }

    public void Append(char c, char next)
    {
        switch (c)
        {
            case '\u201C':
                DoubleOpen = true;
                DoubleOpenings++;
                break;
            case '\u201D':
                DoubleOpen = false;
                break;
            case '"':
                DoubleOpen = !DoubleOpen;
                break;
            case '\u2018':
                SingleOpen = true;
                SingleOpenings++;
                break;
            case '\u2019':
                // An apostrophe inside a word (didn't) leaves a single quotation open.
                if (!char.IsLetter(next))
                {
                    SingleOpen = false;
                }

                break;
        }

        Previous = c;
    }
}
