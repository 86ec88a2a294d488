print("pasar")
