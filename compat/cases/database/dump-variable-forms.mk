# -pn with the ways a variable can be set: appends, override appends, ?=, !=, define with
# operators, escaped dollars, blank values, undefine, export; target-specific appends and the
# command line and -e interplay.
#| args: -pn -e A=cmd C+=cmd
#| normalise: database
A = 1
A += 2
override B = b
override B += c
C := x
C += $(A)
D ?= d
E != echo hello
F = $(shell echo f)
define G =
g1
  g2
endef
define H +=
h
endef
I = $$(literal) $$$$
J := $$(literal) $$$$
K = 	 
undefine L
L2 = 1
undefine L2
export M = m
unexport N
t: A += t
t: C := ct
t: override B += tb
all: t ; @:
t: ; @:
