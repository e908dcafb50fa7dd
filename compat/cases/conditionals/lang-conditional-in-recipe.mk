# conditional in recipe
X = 1
all:
ifeq ($(X),1)
	@echo one
else
	@echo other
endif
	@echo always