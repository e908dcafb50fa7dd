# -j2: a failure in one job; the other (already ordered after it) is not started.
#| args: -j2
all: second
second: first ; @echo second
first: ; @exit 1
