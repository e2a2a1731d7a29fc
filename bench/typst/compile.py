"""Compiles bench/typst/sheet.typ with Typst (PyPI's `typst`) and prints the seconds the
compile took, from reading the source to the PDF written: the Python start-up and import
are left out, so Typst is timed as if it were its own command."""
import sys
import time

import typst

source, figures, output = sys.argv[1:4]
start = time.perf_counter()
typst.compile(source, output=output, root="/", sys_inputs={"figures": figures})
print(f"{time.perf_counter() - start:.4f}")
