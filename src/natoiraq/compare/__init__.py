"""The comparison rules reconcile and check share: intervals, unit families, quotes, reference
facts, and the verdict tables (docs/verdicts.md). Pure functions over models; no corpus I/O."""
