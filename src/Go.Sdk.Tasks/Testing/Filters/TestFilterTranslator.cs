using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Testing.Filters;

/// <summary>
/// Translates a VSTest <c>--filter</c> (as it arrives in <c>VSTestTestCaseFilter</c>) into go test's <c>-run</c> and
/// <c>-skip</c> patterns. Names follow <see cref="GoTestName"/>: <c>FullyQualifiedName</c> is
/// <c>&lt;import path&gt;.&lt;TestName&gt;[/subtest…]</c>, <c>Name</c> (and <c>DisplayName</c>) is <c>TestName[/subtest…]</c>.
/// <list type="bullet">
/// <item><c>Name=TestA/sub</c> → <c>-run ^TestA$/^sub$</c>: exact, per level, names regex-escaped.</item>
/// <item><c>FullyQualifiedName=example.com/m/p.TestA</c> → <c>-run ^TestA$</c> and <see cref="TestSelection.Packages"/> = <c>example.com/m/p</c>.</item>
/// <item><c>Name~Parse</c> and <c>FullyQualifiedName~Parse</c> → <c>-run Parse</c>: top-level tests whose name contains
/// the text, with all their subtests. A value spanning levels (<c>~TestA/em</c>) becomes <c>TestA$/^em</c>. A package
/// part in a <c>~</c> value (<c>~parser.TestA</c>) anchors the name (<c>^TestA</c>) but cannot narrow the packages.</item>
/// <item><c>a|b</c> → one <c>-run</c> alternation per level; when the alternatives differ in more than one level, or in
/// depth, go test runs a superset (never fewer tests than asked).</item>
/// <item><c>!=</c> and <c>!~</c>, alone or joined with <c>&amp;</c> to one positive part → <c>-skip</c>. A skip that would
/// hide more than asked (different levels, or a package part) is refused with GOSDK0306, as are <c>&amp;</c> of two
/// positive conditions and <c>|</c> around a negation.</item>
/// </list>
/// </summary>
public static class TestFilterTranslator
{
    public static TestSelection Translate(string? filter)
    {
        if (filter is null || filter.Trim().Length == 0)
        {
            return TestSelection.All;
        }
        FilterExpression expression = FilterParser.Parse(filter);
        List<FilterCondition> positives = new();
        List<FilterCondition> negatives = new();
        Split(filter, expression, positives, negatives);

        List<NamePattern> run = positives.Select(c => NamePattern.From(filter, c)).ToList();
        List<NamePattern> skip = negatives.Select(c => NamePattern.From(filter, c)).ToList();
        if (skip.Any(p => p.Package is not null))
        {
            throw new GoSdkException(Messages.UntranslatableTestFilter(filter,
                "-skip cannot be limited to one package, so excluding a FullyQualifiedName would also exclude the same test name in other packages; exclude by Name instead"));
        }

        IReadOnlyList<string> packages = run.Count > 0 && run.All(p => p.Package is not null && p.PackageIsExact)
            ? run.Select(p => p.Package!).Distinct(StringComparer.Ordinal).ToList()
            : Array.Empty<string>();
        return new TestSelection(RunPattern(run), SkipPattern(filter, skip), packages);
    }

    /// <summary>Sorts the filter into the tests to run (any of) and the tests to leave out (all of).</summary>
    private static void Split(string filter, FilterExpression expression, List<FilterCondition> positives, List<FilterCondition> negatives)
    {
        switch (expression)
        {
            case FilterCondition condition:
                (condition.IsNegated ? negatives : positives).Add(condition);
                break;
            case FilterOr or:
                positives.AddRange(PositiveAlternatives(filter, or));
                break;
            case FilterAnd and:
                bool hasPositivePart = false;
                foreach (FilterExpression operand in Flatten<FilterAnd>(and, a => a.Operands))
                {
                    if (operand is FilterCondition { IsNegated: true } negative)
                    {
                        negatives.Add(negative);
                        continue;
                    }
                    if (hasPositivePart)
                    {
                        throw new GoSdkException(Messages.UntranslatableTestFilter(filter,
                            "'&' joins two conditions that select tests, and one go test -run pattern cannot require both"));
                    }
                    hasPositivePart = true;
                    positives.AddRange(operand is FilterOr inner ? PositiveAlternatives(filter, inner) : PositiveAlternatives(filter, operand));
                }
                break;
        }
    }

    private static IEnumerable<FilterCondition> PositiveAlternatives(string filter, FilterExpression expression)
    {
        foreach (FilterExpression operand in Flatten<FilterOr>(expression, o => o.Operands))
        {
            if (operand is not FilterCondition { IsNegated: false } condition)
            {
                throw new GoSdkException(Messages.UntranslatableTestFilter(filter,
                    "'|' may only join conditions that select tests (=, ~); a negation or an '&' inside '|' has no go test equivalent"));
            }
            yield return condition;
        }
    }

    private static IEnumerable<FilterExpression> Flatten<T>(FilterExpression expression, Func<T, IReadOnlyList<FilterExpression>> operands)
        where T : FilterExpression
    {
        if (expression is T group)
        {
            foreach (FilterExpression operand in operands(group))
            {
                foreach (FilterExpression leaf in Flatten(operand, operands))
                {
                    yield return leaf;
                }
            }
        }
        else
        {
            yield return expression;
        }
    }

    /// <summary>Levels present in every alternative, each an alternation; deeper levels are dropped (a superset).</summary>
    private static string? RunPattern(List<NamePattern> patterns)
    {
        if (patterns.Count == 0)
        {
            return null;
        }
        int depth = patterns.Min(p => p.Levels.Count);
        List<string> levels = new();
        for (int level = 0; level < depth; level++)
        {
            levels.Add(LevelPattern.Alternation(patterns.Select(p => p.Levels[level]).ToList()));
        }
        while (levels.Count > 0 && levels[levels.Count - 1].Length == 0)
        {
            levels.RemoveAt(levels.Count - 1);
        }
        return levels.Count == 0 ? null : string.Join("/", levels);
    }

    /// <summary>Only combinations -skip expresses exactly: one level may differ between the excluded names.</summary>
    private static string? SkipPattern(string filter, List<NamePattern> patterns)
    {
        if (patterns.Count == 0)
        {
            return null;
        }
        int depth = patterns[0].Levels.Count;
        int differingLevels = Enumerable.Range(0, depth).Count(level => patterns.Select(p => p.Levels.ElementAtOrDefault(level)).Distinct().Count() > 1);
        if (patterns.Any(p => p.Levels.Count != depth) || differingLevels > 1)
        {
            throw new GoSdkException(Messages.UntranslatableTestFilter(filter,
                "the excluded tests differ in more than one subtest level, and one -skip pattern for them would exclude other combinations too"));
        }
        return RunPattern(patterns);
    }

    /// <summary>A condition as per-level patterns plus the package it pins, if any.</summary>
    private sealed record NamePattern(string? Package, bool PackageIsExact, IReadOnlyList<LevelPattern> Levels)
    {
        public static NamePattern From(string filter, FilterCondition condition)
        {
            bool qualified = condition.Property.Equals("FullyQualifiedName", StringComparison.OrdinalIgnoreCase);
            if (!qualified
                && !condition.Property.Equals("Name", StringComparison.OrdinalIgnoreCase)
                && !condition.Property.Equals("DisplayName", StringComparison.OrdinalIgnoreCase))
            {
                throw new GoSdkException(Messages.UnsupportedTestFilterProperty(filter, condition.Property));
            }
            if (condition.Value.Length == 0)
            {
                throw new GoSdkException(Messages.InvalidTestFilter(filter, $"'{condition.Property}' is compared with an empty value"));
            }
            bool exact = condition.Operator is FilterOperator.Equals or FilterOperator.NotEquals;
            string? package = null;
            string name = condition.Value;
            if (qualified && GoTestName.TrySplitFullyQualifiedName(condition.Value, out string importPath, out string testName))
            {
                package = importPath;
                name = testName;
            }
            else if (qualified && exact)
            {
                throw new GoSdkException(Messages.UntranslatableTestFilter(filter,
                    $"'{condition.Value}' names no Go test; a FullyQualifiedName is <import path>.<TestName>[/subtest], e.g. example.com/m/pkg.TestParse"));
            }

            string[] parts = GoTestName.Levels(name);
            List<LevelPattern> levels = new(parts.Length);
            for (int i = 0; i < parts.Length; i++)
            {
                levels.Add(exact
                    ? LevelPattern.Exact(parts[i])
                    : new LevelPattern(parts[i], AnchoredStart: i > 0 || package is not null, AnchoredEnd: i < parts.Length - 1));
            }
            return new NamePattern(package, exact, levels);
        }
    }
}
