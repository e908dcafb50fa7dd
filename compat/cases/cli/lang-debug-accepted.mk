# debug accepted
#| args: --debug=none
all: ; @echo x