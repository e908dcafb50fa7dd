all: export TV = exported
all:
	@echo $$TV
