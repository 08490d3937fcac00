using System;
using System.Collections.Generic;
using SummitFacts.Cli.Parsing;

namespace SummitFacts.Cli.Commands;

/// <summary>A command: what help says about it, the options it accepts, and what it does.</summary>
/// <param name="Name">The word that selects it, e.g. "extract".</param>
/// <param name="Operands">Its operands as usage shows them, e.g. "FILE...".</param>
/// <param name="Summary">One line for the tool's command list.</param>
/// <param name="Description">Paragraphs for the command's own help.</param>
/// <param name="Options">The options it accepts (besides --help).</param>
/// <param name="Examples">Example command lines.</param>
/// <param name="Run">Runs it; returns the exit code.</param>
internal sealed record CommandInfo(
    string Name,
    string Operands,
    string Summary,
    string Description,
    IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<string> Examples,
    Func<ParsedArguments, CliContext, int> Run);
