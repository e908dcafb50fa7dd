# A recipe line with only a tab (or tab + spaces) is an empty command and prints nothing.
all:
	
	   
	@echo after
