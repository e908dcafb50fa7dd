#| args: -rR -p
#| normalise: database
# A failing recipe without -k: make stops, the dump is still printed.
all: first bad last
first: ; @echo first
bad: ; @false
last: ; @echo never
