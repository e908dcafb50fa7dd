#| args: -j4
all: t1 t2 t3 t4
	@echo all done
t1: l1
t2: l2
t3: l3
t4: l4
l1 l2 l3 l4:
	@sleep 0.1
