# Each double-colon rule has its own prerequisites; $^ shows only its own.
all:: a ; @echo first $^
all:: b ; @echo second $^
a b: ; @echo $@
