all: missing1 missing2
	@echo all
.DEFAULT:
	@echo default $@
