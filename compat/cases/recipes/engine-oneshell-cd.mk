.ONESHELL:
all:
	@cd /
	pwd
