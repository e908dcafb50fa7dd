#| setup: touch present
all: present
	@echo all
.DEFAULT:
	@echo default $@
