using System;
using System.ComponentModel;

namespace SummitFacts.Building;

/// <summary>
/// Builds an <see cref="Article"/> from the table a generated article class holds. Infrastructure for generated
/// code: the facts travel as data (two string constants) rather than as one statement per fact, so the first
/// access to an article JIT-compiles only this shared decoder, once per process, instead of every article's builder.
/// </summary>
/// <remarks>
/// <para>
/// The <c>layout</c> is a run of numbers. Each number is base-32 digits, most significant first: every digit but
/// the last is a character from <c>#</c> (0) to <c>B</c> (31), the last one from <c>^</c> (0) to <c>}</c> (31).
/// These characters need no escaping in a C# string literal. Signed numbers are zigzag-encoded (0, -1, 1, -2, …
/// become 0, 1, 2, 3, …). A string is one number whose low two bits say where it comes from, the rest being its
/// argument: 0 the next <i>argument</i> characters of <c>text</c>; 1 the earlier string number <i>argument</i>
/// (strings are numbered in the order they are read); 2 a slice of the earlier string number <i>argument</i>,
/// followed by the start and length of the slice; 3 null (argument 0).
/// </para>
/// <para>
/// Format 1 reads, in order: the format number; the sentences (a count, then each sentence's string); the people,
/// the organizations and the places (each a count, then per entity its name, a count of aliases and each alias,
/// a count of mentions and each mention as a location); the roles (a count, then per role the index of the person,
/// the title, the organization or null, the flag 0 or 1 for a former role, and a location); the quotes (a count,
/// then per quote its text, the speaker's entity id or -1, and a location). A location is the signed sentence
/// index, line and column. Entity ids number the people, then the organizations, then the places, from 0.
/// Both strings must be used up exactly.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArticleTable
{
    /// <summary>The table format this runtime reads. Generated code states the format it was written in.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// Builds the article named <paramref name="name"/> from its table. The result is the same object graph the
    /// equivalent <see cref="ArticleBuilder"/> calls make.
    /// </summary>
    /// <param name="name">The article's name, the generated class name.</param>
    /// <param name="path">The article file, as the project names it.</param>
    /// <param name="layout">The structure of the facts, in the number format the remarks describe.</param>
    /// <param name="text">Every string the layout takes from the text, one after another.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">
    /// The table is of another format version, is damaged, or does not fit together (for example a role held by
    /// an entity that is not a person).
    /// </exception>
    public static Article Build(string name, string path, string layout, string text)
    {
        if (name is null || path is null || layout is null || text is null)
        {
            throw new ArgumentNullException(name is null ? nameof(name) : path is null ? nameof(path) : layout is null ? nameof(layout) : nameof(text));
        }

        var reader = new TableReader(name, layout, text);
        uint version = reader.ReadUnsigned();
        if (version != FormatVersion)
        {
            throw new FormatException(
                "The facts table of article '" + name + "' is in format " + version + ", but this SummitFacts runtime reads format " +
                FormatVersion + ". Use the SummitFacts runtime of the same version as the generator.");
        }

        var b = new ArticleBuilder(name, path);
        int sentences = reader.ReadCount("sentences");
        for (int i = 0; i < sentences; i++)
        {
            b.Sentence(reader.ReadString());
        }

        int people = ReadEntities(reader, b, EntityKind.Person);
        int entities = people + ReadEntities(reader, b, EntityKind.Organization);
        entities += ReadEntities(reader, b, EntityKind.Place);

        int roles = reader.ReadCount("roles");
        for (int i = 0; i < roles; i++)
        {
            uint person = reader.ReadUnsigned();
            if (person >= (uint)people)
            {
                throw reader.Malformed("a role belongs to entity " + person + ", but only " + people + " people come first");
            }

            b.Role((int)person, reader.ReadString(), reader.ReadNullableString(), reader.ReadFlag(), ReadLocation(reader, b));
        }

        int quotes = reader.ReadCount("quotes");
        for (int i = 0; i < quotes; i++)
        {
            string quote = reader.ReadString();
            int speaker = reader.ReadSigned();
            if (speaker < -1 || speaker >= entities)
            {
                throw reader.Malformed("a quote's speaker is entity " + speaker + ", but there are " + entities);
            }

            b.Quote(quote, speaker, ReadLocation(reader, b));
        }

        reader.EnsureEnd();
        return b.Build();
    }

    private static int ReadEntities(TableReader reader, ArticleBuilder b, EntityKind kind)
    {
        int count = reader.ReadCount("entities");
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            int aliasCount = reader.ReadCount("aliases");
            string[] aliases = aliasCount == 0 ? Array.Empty<string>() : new string[aliasCount];
            for (int a = 0; a < aliases.Length; a++)
            {
                aliases[a] = reader.ReadString();
            }

            var mentions = new SourceLocation[reader.ReadCount("mentions")];
            for (int m = 0; m < mentions.Length; m++)
            {
                mentions[m] = ReadLocation(reader, b);
            }

            _ = kind switch
            {
                EntityKind.Person => b.Person(name, aliases, mentions),
                EntityKind.Organization => b.Organization(name, aliases, mentions),
                _ => b.Place(name, aliases, mentions),
            };
        }

        return count;
    }

    private static SourceLocation ReadLocation(TableReader reader, ArticleBuilder b)
    {
        int sentence = reader.ReadSigned();
        int line = reader.ReadSigned();
        return b.At(sentence, line, reader.ReadSigned());
    }

    private enum EntityKind
    {
        Person,
        Organization,
        Place,
    }
}
