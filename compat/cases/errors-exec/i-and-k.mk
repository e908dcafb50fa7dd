# -i makes failures ignored so -k has nothing to report.
#| args: -i -k
all: a b
a: ; @exit 4
b: ; @echo b
