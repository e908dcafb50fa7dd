# an unknown debug level stops make before anything is read
#| args: --debug=b,x
all: ; @echo all
