all: V = parent
all: child
	@echo all $(V)
child:
	@echo child $(V)
V = global
