"""axe-core (vendored from npm, tests/vendor/axe-core/) run in the page: the WCAG 2.x A and
AA rules, and what it finds that is serious or critical."""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).resolve().parents[1] / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def serious_violations(page) -> list[str]:
    """One line per serious or critical violation: the rule, its help and where.

    The page's context must bypass the CSP (`bypass_csp=True`): the console allows only its
    own scripts, and axe is injected.
    """
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations",
        RULES,
    )
    return [
        f"{item['impact']}: {item['id']} ({item['help']}) at "
        + ", ".join(str(node["target"]) for node in item["nodes"][:5])
        for item in found
        if item["impact"] in BLOCKING
    ]
