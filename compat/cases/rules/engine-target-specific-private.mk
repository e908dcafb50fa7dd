all: private V = parent
all: child
	@echo all $(V)
child:
	@echo child [$(V)]
