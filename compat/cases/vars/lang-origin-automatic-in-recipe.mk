# origin automatic in recipe
all: ; @echo $(origin @) $(origin <) $(flavor @)