namespace SummitFacts.Generator.Text;

/// <summary>
/// Answers "which of these ascending offsets is the last at or before x" for line starts and edit positions. Every
/// fact's provenance asks this several times, and a binary search over all the lines of a long text made those
/// look-ups a large share of assembling the facts; here a bucket per stretch of text narrows the search to the few
/// offsets inside one bucket. A stretch is 64 characters or more, so that there are about as many buckets as offsets:
/// a bucket per 64 characters of a long text with few edits was a table far larger than what it indexes.
/// </summary>
internal sealed class OffsetIndex
{
    private const int MinBucketShift = 6;

    private readonly int _bucketShift;

    private readonly int[] _offsets;

    // _firstInBucket[b] is the index of the first offset at or after b's start (b << BucketShift): b's offsets end
    // where the next bucket's begin, and the last bucket holds every later offset too.
    private readonly int[] _firstInBucket;

    /// <param name="offsets">Ascending (repeats allowed); not copied, so the caller must not change it.</param>
    /// <param name="textLength">The largest offset worth a bucket; later ones share the last bucket.</param>
    public OffsetIndex(int[] offsets, int textLength)
    {
        _offsets = offsets;
        textLength = System.Math.Max(textLength, 0);
        int shift = MinBucketShift;
        while ((textLength >> shift) > offsets.Length)
        {
            shift++;
        }

        _bucketShift = shift;
        int buckets = (textLength >> shift) + 1;
        _firstInBucket = new int[buckets];
        int i = 0;
        for (int b = 0; b < buckets; b++)
        {
            int bucketStart = b << shift;
            while (i < offsets.Length && offsets[i] < bucketStart)
            {
                i++;
            }

            _firstInBucket[b] = i;
        }
    }

    /// <summary>The index of the last offset ≤ <paramref name="x"/> (the last of equal ones), or -1 when none is.</summary>
    public int LastAtOrBefore(int x)
    {
        if (x < 0)
        {
            return LastInRange(0, _offsets.Length - 1, x);
        }

        int last = _firstInBucket.Length - 1;
        int bucket = System.Math.Min(x >> _bucketShift, last);
        int hi = bucket == last ? _offsets.Length - 1 : _firstInBucket[bucket + 1] - 1;
        return LastInRange(_firstInBucket[bucket], hi, x);
    }

    /// <summary>
    /// <see cref="LastAtOrBefore(int)"/> for look-ups that mostly come in ascending order: <paramref name="hint"/> holds
    /// the last answer (0 at first), and when x lies at or after it the answer is a step or two on, found by walking
    /// rather than by a search of the bucket. Any other x is searched for as usual.
    /// </summary>
    public int LastAtOrBefore(int x, ref int hint)
    {
        int[] offsets = _offsets;
        int h = hint;
        if ((uint)h < (uint)offsets.Length && offsets[h] <= x)
        {
            for (int steps = 0; steps < WalkedSteps; steps++)
            {
                if (h + 1 >= offsets.Length || offsets[h + 1] > x)
                {
                    return h;
                }

                hint = ++h;
            }
        }

        h = LastAtOrBefore(x);
        hint = h < 0 ? 0 : h;
        return h;
    }

    /// <summary>How far <see cref="LastAtOrBefore(int, ref int)"/> walks before it searches instead.</summary>
    private const int WalkedSteps = 8;

    // Offsets before lo are all ≤ x (they precede the bucket), so when none in [lo, hi] is, the answer is lo - 1.
    private int LastInRange(int lo, int hi, int x)
    {
        int found = lo - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_offsets[mid] <= x)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
