all: nothere
	@echo x
