using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// What <see cref="EntityClassifier"/> made of each run of two or more words, kept per distinct run of one article
/// (its words, and whether a space or nothing parts each from the next). A name recurs all through an article, and
/// each occurrence went through the trimming, the whole-run, lexicon, compound, title and chunk tests afresh, though
/// only the cues around each chunk (<see cref="EntityClassifier"/>'s DecideByCues) and a few tests of the tokens
/// outside the run read anything but the run's own words. The first occurrence is classified in full and its steps
/// recorded; a run whose classification read any token outside it apart from those cues is kept as unplanned, and
/// goes the full way at every occurrence.
/// </summary>
internal sealed class RunPlans
{
    /// <summary>Longer runs are rare: they are classified in full.</summary>
    private const int MaxWords = 16;

    private readonly ExtractionContext _context;

    // The runs seen, by the hash of their key; open addressing, a power of two long, at most half full.
    private Plan?[] _slots = new Plan?[64];
    private int _count;

    // The key of the run asked for last: per word, its id times two, plus one when a single space comes before it.
    private readonly int[] _key = new int[MaxWords];
    private int _keyLength;
    private int _hash;

    // The steps of the run being recorded, at token offsets from its first token.
    private readonly List<RunStep> _steps = new();
    private bool _recording;
    private bool _unplanned;
    private int _origin;

    public RunPlans(ExtractionContext context)
    {
        _context = context;
    }

    /// <summary>Whether the steps of a run are being recorded (between <see cref="Begin"/> and <see cref="End"/>).</summary>
    public bool IsRecording => _recording;

    /// <summary>
    /// The steps kept for the run of tokens [<paramref name="first"/>, <paramref name="last"/>], or null: then the run
    /// is to be classified in full, and <see cref="End"/> called after, which keeps the steps recorded meanwhile when
    /// the run is seen for the first time.
    /// </summary>
    public RunStep[]? Begin(int first, int last)
    {
        if (!TryKey(first, last))
        {
            return null;
        }

        int mask = _slots.Length - 1;
        for (int slot = _hash & mask; _slots[slot] is { } plan; slot = (slot + 1) & mask)
        {
            if (plan.Hash == _hash && SameKey(plan.Key))
            {
                return plan.Steps;
            }
        }

        _recording = true;
        _unplanned = false;
        _origin = first;
        _steps.Clear();
        return null;
    }

    /// <summary>Keeps the steps recorded since <see cref="Begin"/>, or the run as unplanned; nothing when none were recorded.</summary>
    public void End()
    {
        if (!_recording)
        {
            return;
        }

        _recording = false;
        var key = new int[_keyLength];
        System.Array.Copy(_key, key, _keyLength);
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Put(_slots, new Plan(key, _hash, _unplanned ? null : _steps.ToArray()));
        _count++;
    }

    /// <summary>The run being recorded read a token outside it (or did what no step replays): it is classified in full every time.</summary>
    public void Unplanned() => _unplanned = true;

    /// <summary>Records a step of the run being recorded, if one is; its tokens are given as in the text.</summary>
    public void Record(RunStep step)
    {
        if (_recording)
        {
            _steps.Add(step.From(_origin));
        }
    }

    private bool TryKey(int first, int last)
    {
        int length = last - first + 1;
        if (length > MaxWords)
        {
            return false;
        }

        // A run's text is its tokens' with each gap made a single space (EntityClassifier.Slice): a gap of one
        // character or none keeps the text the same wherever the words recur; any other is rare, and not planned for.
        // The one character is not read: the tokenizer makes a token of every character but white space, so a gap
        // of one is white space, which the slice makes a space (reading it waited on memory for the text at most
        // runs of a long article, the only read of the text a planned run made).
        TokenList tokens = _context.Tokens;
        uint raw = (uint)length;
        int end = -1;
        for (int k = 0; k < length; k++)
        {
            ref readonly Token token = ref tokens[first + k];
            int spaced = 0;
            if (k > 0)
            {
                int gap = token.Start - end;
                if (gap == 1)
                {
                    spaced = 1;
                }
                else if (gap != 0)
                {
                    return false;
                }
            }

            int item = (token.WordId << 1) | spaced;
            _key[k] = item;
            raw = ((raw << 5) | (raw >> 27)) ^ (uint)item;
            end = token.End;
        }

        uint mixed = raw * 0x9E3779B1;
        _hash = (int)((mixed ^ (mixed >> 15)) & 0x7FFFFFFF);
        _keyLength = length;
        return true;
    }

    private bool SameKey(int[] key)
    {
        if (key.Length != _keyLength)
        {
            return false;
        }

        for (int k = 0; k < key.Length; k++)
        {
            if (key[k] != _key[k])
            {
                return false;
            }
        }

        return true;
    }

    private static void Put(Plan?[] slots, Plan plan)
    {
        int mask = slots.Length - 1;
        int slot = plan.Hash & mask;
        while (slots[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = plan;
    }

    private void Grow()
    {
        Plan?[] old = _slots;
        _slots = new Plan?[old.Length * 2];
        foreach (Plan? plan in old)
        {
            if (plan is not null)
            {
                Put(_slots, plan);
            }
        }
    }

    /// <summary>A run's key, its hash and its steps (null when it is unplanned).</summary>
    private sealed class Plan
    {
        public Plan(int[] key, int hash, RunStep[]? steps)
        {
            Key = key;
            Hash = hash;
            Steps = steps;
        }

        public int[] Key { get; }

        public int Hash { get; }

        public RunStep[]? Steps { get; }
    }
}
