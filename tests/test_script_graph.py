"""The modules a browser script imports, as the directory page asks for them all at once."""

from pathlib import Path

from generator.script_graph import imported, module_graph

SCRIPTS = Path(__file__).resolve().parents[1] / "theme" / "assets" / "mentor-directory"


def test_static_imports_and_reexports_of_modules_beside_the_script():
    source = ('import { a } from "./a.js";\n'
              'import b, { c as d } from "./b-c.js";\n'
              'import "./side.js";\n'
              'export { e } from "./e.js";\n'
              'export * from "./a.js";\n'
              '// import { x } from "./comment.js" is not an import\n'
              'const f = await import(new URL("late.js", import.meta.url));\n'
              'const g = "import { h } from \'./quoted.js\'";\n')
    assert imported(source) == ["a.js", "b-c.js", "side.js", "e.js"]


def test_the_graph_holds_each_module_once_nearest_first_and_never_the_entry():
    sources = {"entry.js": 'import "./a.js";\nimport "./b.js";\n',
               "a.js": 'import "./c.js";\nimport "./entry.js";\n',
               "b.js": 'import "./c.js";\n', "c.js": ""}
    assert module_graph("entry.js", sources.__getitem__) == ["a.js", "b.js", "c.js"]


def test_every_module_the_directory_script_imports_is_found():
    graph = module_graph("directory.js", lambda name: (SCRIPTS / name).read_text(encoding="utf-8"))
    assert {"match.js", "rank.js", "chunks.js", "messages.js", "catalogue.js"} <= set(graph)
    imports_in_files = {name for path in SCRIPTS.glob("*.js")
                        for name in imported(path.read_text(encoding="utf-8"))}
    assert all((SCRIPTS / name).is_file() for name in imports_in_files)
