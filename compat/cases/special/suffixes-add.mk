# .SUFFIXES adds suffixes; new suffix rules can then be defined.
#| setup: echo x > a.foo
.SUFFIXES: .foo .bar
.foo.bar: ; @echo $< to $@
all: a.bar ; @:
