package io.github.camelumf.model;

/**
 * The goods of one kind in a sub-order ({@code item}, section 5). Required in a sub-order of goods trade
 * (trans_code 01122030).
 */
public class Item extends UmfObject {

    /** The item ID in the merchant's system: 1 to 32 characters. */
    private String merItemId;

    /** The type of goods: CLOTHING, FOOD, ELECTRONIC, COSMETIC or HOUSEHOLD_ITEMS. */
    private String type;

    /** The goods name: 1 to 256 characters. */
    private String name;

    /** The quantity: at most 2 digits. */
    private String quantity;

    /** The description: 1 to 64 characters. */
    private String description;

    /** The amount of the goods. */
    private Amount amount;

    public Item() {
    }

    /** The item ID in the merchant's system: 1 to 32 characters. */
    public String getMerItemId() {
        return merItemId;
    }

    public void setMerItemId(String merItemId) {
        this.merItemId = merItemId;
    }

    /** Sets {@code mer_item_id}. */
    public Item withMerItemId(String merItemId) {
        this.merItemId = merItemId;
        return this;
    }

    /** The type of goods: CLOTHING, FOOD, ELECTRONIC, COSMETIC or HOUSEHOLD_ITEMS. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Sets {@code type}. */
    public Item withType(String type) {
        this.type = type;
        return this;
    }

    /** The goods name: 1 to 256 characters. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Sets {@code name}. */
    public Item withName(String name) {
        this.name = name;
        return this;
    }

    /** The quantity: at most 2 digits. */
    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    /** Sets {@code quantity}. */
    public Item withQuantity(String quantity) {
        this.quantity = quantity;
        return this;
    }

    /** The description: 1 to 64 characters. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Sets {@code description}. */
    public Item withDescription(String description) {
        this.description = description;
        return this;
    }

    /** The amount of the goods. */
    public Amount getAmount() {
        return amount;
    }

    public void setAmount(Amount amount) {
        this.amount = amount;
    }

    /** Sets {@code amount}. */
    public Item withAmount(Amount amount) {
        this.amount = amount;
        return this;
    }

    /** Sets {@code quantity} from a number. */
    public Item withQuantity(int quantity) {
        this.quantity = Integer.toString(quantity);
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("mer_item_id", merItemId)
                .add("type", type)
                .add("name", name)
                .add("quantity", quantity)
                .add("description", description)
                .add("amount", amount)
                .toString();
    }
}
