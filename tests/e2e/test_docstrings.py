"""The examples in the public docstrings (what ``help(telex)`` shows) run and give what they say."""

import doctest

import telex
import telex.api


def test_the_package_and_api_examples_hold() -> None:
    for module in (telex, telex.api):
        result = doctest.testmod(module, extraglobs={"telex": telex}, optionflags=doctest.ELLIPSIS)
        assert result.attempted > 0, module.__name__
        assert result.failed == 0, module.__name__
