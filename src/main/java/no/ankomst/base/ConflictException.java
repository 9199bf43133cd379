package no.ankomst.base;

/** Someone else saved the same row since it was read: optimistic locking refused to overwrite it. */
public class ConflictException extends RuntimeException {

    private final String entityType;

    public ConflictException(String entityType, Object id) {
        super(entityType + " " + id + " was changed by someone else");
        this.entityType = entityType;
    }

    public String entityType() {
        return entityType;
    }
}
