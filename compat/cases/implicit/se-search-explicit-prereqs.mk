#| args: -r
# During the search $$^, $$+, $$< and $$| are the target's explicit prerequisites, and the
# target's own variables are seen; an intermediate file's expansion sees none.
.SECONDEXPANSION:
all: t.o
t.o: e1 e2 | oo
t.o: V = tv
%.o: $$(info o= [$$^] [$$+] [$$<] [$$|] [$$(V)]) %.mid ; @echo '$@: [$^] [$|]'
%.mid: $$(info mid= [$$^] [$$@] [$$(V)]) ; @echo 'mk $@'
e1 e2 oo: ; @echo 'mk $@'
V = global
