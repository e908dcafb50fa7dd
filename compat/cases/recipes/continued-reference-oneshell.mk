.ONESHELL:
all:
	@echo '$(patsubst %,[%],\
	  one \
	  two)'
	echo $(words \
	   a b c)
