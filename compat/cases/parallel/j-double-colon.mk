# Double-colon rules for one target run in order even with -j.
#| args: -j4
all:: ; @echo first
all:: ; @echo second
all:: ; @echo third
