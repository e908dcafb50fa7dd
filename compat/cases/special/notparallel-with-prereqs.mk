# In 4.3 ".NOTPARALLEL: x" ignores its prerequisites and serialises the whole make.
#| args: -j4
.NOTPARALLEL: unrelated
all: a b c d
a b c d: ; @echo $@
