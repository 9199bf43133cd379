package no.ankomst.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Common Ukrainian names in passport (Latin, KMU 2010 transliteration) and Cyrillic spelling. */
final class UkrainianNames {

    record Name(String latin, String cyrillic) {
    }

    /** A family name with its feminine form (the same for -enko, -uk and most others). */
    record FamilyName(Name masculine, Name feminine) {
        Name forSex(boolean female) {
            return female ? feminine : masculine;
        }
    }

    static final List<Name> MALE = List.of(
            n("Oleksandr", "Олександр"), n("Andrii", "Андрій"), n("Dmytro", "Дмитро"), n("Serhii", "Сергій"),
            n("Volodymyr", "Володимир"), n("Mykola", "Микола"), n("Ivan", "Іван"), n("Yurii", "Юрій"),
            n("Vasyl", "Василь"), n("Maksym", "Максим"), n("Artem", "Артем"), n("Bohdan", "Богдан"),
            n("Taras", "Тарас"), n("Oleh", "Олег"), n("Denys", "Денис"), n("Mykhailo", "Михайло"),
            n("Viktor", "Віктор"), n("Roman", "Роман"), n("Ihor", "Ігор"), n("Petro", "Петро"));

    static final List<Name> FEMALE = List.of(
            n("Olena", "Олена"), n("Nataliia", "Наталія"), n("Iryna", "Ірина"), n("Tetiana", "Тетяна"),
            n("Oksana", "Оксана"), n("Svitlana", "Світлана"), n("Yuliia", "Юлія"), n("Kateryna", "Катерина"),
            n("Mariia", "Марія"), n("Anastasiia", "Анастасія"), n("Halyna", "Галина"), n("Liudmyla", "Людмила"),
            n("Viktoriia", "Вікторія"), n("Sofiia", "Софія"), n("Daryna", "Дарина"), n("Valentyna", "Валентина"),
            n("Larysa", "Лариса"), n("Alina", "Аліна"), n("Khrystyna", "Христина"), n("Polina", "Поліна"));

    static final List<FamilyName> FAMILY = List.of(
            same("Kovalenko", "Коваленко"), same("Shevchenko", "Шевченко"), same("Bondarenko", "Бондаренко"),
            same("Tkachenko", "Ткаченко"), same("Kravchenko", "Кравченко"), same("Melnyk", "Мельник"),
            same("Boiko", "Бойко"), same("Kovalchuk", "Ковальчук"), same("Oliinyk", "Олійник"),
            same("Lysenko", "Лисенко"), same("Marchenko", "Марченко"), same("Savchenko", "Савченко"),
            same("Rudenko", "Руденко"), same("Moroz", "Мороз"), same("Polishchuk", "Поліщук"),
            same("Ponomarenko", "Пономаренко"), same("Kharchenko", "Харченко"), same("Pavlenko", "Павленко"),
            same("Kuzmenko", "Кузьменко"), same("Hnatiuk", "Гнатюк"), same("Tymoshenko", "Тимошенко"),
            same("Zinchenko", "Зінченко"), same("Romaniuk", "Романюк"), same("Klymenko", "Клименко"),
            gendered("Kovalskyi", "Ковальський", "Kovalska", "Ковальська"),
            gendered("Savytskyi", "Савицький", "Savytska", "Савицька"),
            gendered("Ivanov", "Іванов", "Ivanova", "Іванова"),
            gendered("Sokolov", "Соколов", "Sokolova", "Соколова"),
            gendered("Zaitsev", "Зайцев", "Zaitseva", "Зайцева"),
            gendered("Levytskyi", "Левицький", "Levytska", "Левицька"));

    private UkrainianNames() {
    }

    static Name given(RandomGenerator random, boolean female) {
        List<Name> names = female ? FEMALE : MALE;
        return names.get(random.nextInt(names.size()));
    }

    static FamilyName family(RandomGenerator random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }

    private static Name n(String latin, String cyrillic) {
        return new Name(latin, cyrillic);
    }

    private static FamilyName same(String latin, String cyrillic) {
        return new FamilyName(n(latin, cyrillic), n(latin, cyrillic));
    }

    private static FamilyName gendered(String latinM, String cyrillicM, String latinF, String cyrillicF) {
        return new FamilyName(n(latinM, cyrillicM), n(latinF, cyrillicF));
    }
}
