# A single-suffix rule ".x:" acts like the pattern "%: %.x" and can be chained with -n.
#| setup: touch tool.x
#| args: -n tool
.SUFFIXES: .x
.x: ; build-tool $< -o $@
