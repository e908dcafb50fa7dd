# a comment line continued by backslash swallows the next line
A = 1
all:
	@echo $(A) \
	  $(A)
# comment \
	still comment
	@echo next
