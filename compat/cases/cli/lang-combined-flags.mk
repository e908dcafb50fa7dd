# combined flags
#| args: -sk
all: ; @echo x