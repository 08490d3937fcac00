using Xunit;

namespace SummitFacts.Tests.EndToEnd;

/// <summary>Shares one pack-and-build of the consumer project between the end-to-end test classes.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedConsumer>
{
    public const string Name = "EndToEnd";
}
