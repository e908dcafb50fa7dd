# $* and $(*D)/$(*F) in a static pattern rule with a directory in the stem.
all: d/x.o ; @:
d/x.o: %.o: ; @echo '*=$* *D=$(*D) *F=$(*F)'
