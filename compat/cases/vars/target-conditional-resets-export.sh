# GNU quirk kept for compatibility: a target-specific `?=` for a variable that already
# exists defines nothing, but the variable it found takes the line's export modifier, so an
# exported variable is no longer exported (and `export` on the line exports it).
printf 'export E = e\nall: E ?= t\nall: ; @echo [$(E)] [$$E]\n' > a.mk
make -f a.mk; echo "exit=$?"
E=env make -f a.mk; echo "exit=$?"
printf 'E = e\nall: export E ?= t\nall: ; @echo [$(E)] [$$E]\n' > b.mk
make -f b.mk; echo "exit=$?"
printf 'all: E ?= t\nall: ; @echo [$(E)] [$$E]\n' > c.mk
make -f c.mk; echo "exit=$?"
E=env make -f c.mk; echo "exit=$?"
printf 'export E = e\nall: b\nb: E ?= t\nall b: ; @echo $@ [$(E)] [$$E]\n' > d.mk
make -f d.mk; echo "exit=$?"
# ... and `private` on such a line hides the global variable from every target.
printf 'V = global\nall: b\nall: private V ?= x\nall b: ; @echo $@ [$(V)]\n$(info [$(V)])\n' > e.mk
make -f e.mk; echo "exit=$?"
# ... and when the variable it finds is the target's (or pattern's) own, that one takes them.
printf 'V = global\na.%%: V := t1\na.%%: export V ?= $@\nall: a.o\n\t@echo all [$(V)] [$$V]\na.o:\n\t@echo $@ [$(V)] [$$V]\n' > f.mk
make -f f.mk; echo "exit=$?"
