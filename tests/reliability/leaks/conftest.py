"""The world every case starts from, built once per test run (cases copy its vault folder)."""

from __future__ import annotations

import pytest

from tests.reliability.leaks.harness import World, build_world


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("leakworld"))
