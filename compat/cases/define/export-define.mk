# "export define NAME" defines and exports in one go.
export define GREETING
hello there
endef
all:
	@echo "[$$GREETING]"
