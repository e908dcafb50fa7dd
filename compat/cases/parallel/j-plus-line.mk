# "+" lines under -j -n run and print in dependency order.
#| args: -j2 -n
all: a ; +@echo plus-all
a: ; +@echo plus-a
