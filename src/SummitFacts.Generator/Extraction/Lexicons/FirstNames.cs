using System.Collections.Generic;
using System.Linq;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>Common given names (English and international) with gender, a cue that a capitalised pair is a person.</summary>
internal static class FirstNames
{
    private static readonly HashSet<string> Male = WordSet.Of(@"
Aaron Abdul Abdullah Adam Adrian Ahmad Ahmed Alan Alastair Albert Alec Alejandro Alex Alexander Alexei Alexey Alfred Ali Alistair Allan Amir Anatoly Andre Andrei Andrew Andrzej Andy Angus Anthony Antonio Antony Anwar Arnold Arthur Barack Barry Bashar Ben Benjamin Benny Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brendan Brian Bruce Bruno Carl Carlos Cecil Charles Charlie Chris Christian Christopher Chuck Clarence Claude Clive Colin Connor Craig Dan Daniel Danny Darren Dave David Dean Dennis Derek Desmond Dick Dmitri Dmitry Dominic Don Donald Doug Douglas Duncan Dwight Ed Eddie Edgar Edmund Edward Edwin Emmanuel Enrique Eric Erik Ernest Eugene Evan Fernando Francis Francisco Frank Franklin Fred Frederick Gabriel Gareth Gary Gavin Geoffrey George Gerald Gerard Gerhard Gordon Graham Greg Gregory Guy Hamid Hank Hans Harold Harry Hassan Hector Henry Herbert Howard Hugh Hugo Hussein Ian Igor Isaac Ivan Jack Jacob Jake James Jamie Jan Jason Javier Jean Jeff Jeffrey Jeremy Jerome Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Justin Karl Keith Kenneth Kevin Khalid Kirk Klaus Kurt Larry Lars Lawrence Lee Leo Leon Leonard Lewis Liam Lloyd Louis Luca Lucas Luis Luke Malcolm Marc Marco Marcus Mario Mark Martin Matt Matthew Maurice Max Michael Miguel Mike Mikhail Mitch Mitchell Mohamed Mohammad Mohammed Muhammad Nathan Neil Nicholas Nick Nicolas Nigel Noah Norman Oleg Oliver Omar Oscar Owen Pablo Patrick Paul Pedro Peter Philip Phillip Pierre Rafael Ralph Ramon Randy Raul Ray Raymond Reza Ricardo Richard Rick Rob Robert Roger Roland Ron Ronald Ross Roy Rudolph Rupert Russell Ryan Salman Sam Samuel Scott Sean Sebastian Sergei Sergey Seth Shaun Sidney Simon Stanley Stefan Stephen Steve Steven Stuart Ted Terry Theodore Thomas Tim Timothy Todd Tom Tommy Tony Trevor Victor Vince Vincent Vladimir Volodymyr Walter Warren Wayne Wesley Will William Xavier Yevgeny Youssef Yuri Zach Zachary
");

    private static readonly HashSet<string> Female = WordSet.Of(@"
Abigail Ada Agnes Aisha Alice Alicia Alison Amanda Amber Amelia Amy Ana Andrea Angela Angelina Ann Anna Anne Annie Ashley Audrey Barbara Beatrice Betty Beverley Brenda Bridget Caroline Carol Caroline Catherine Cathy Charlotte Cheryl Chloe Christina Christine Claire Clare Claudia Cynthia Daisy Dana Deborah Denise Diana Diane Donna Doris Dorothy Edith Eleanor Elena Elisabeth Elizabeth Ella Ellen Emily Emma Erica Esther Eva Evelyn Fatima Fiona Frances Gail Gemma Gillian Giorgia Gloria Grace Hannah Harriet Heather Helen Helena Hilda Hillary Holly Ingrid Irene Isabel Isabella Jacqueline Jane Janet Janice Jennifer Jenny Jessica Jill Joan Joanna Joanne Jo Josephine Joy Joyce Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Katie Kim Kirsty Laura Lauren Layla Leila Linda Lindsey Lisa Liz Lorraine Louise Lucy Lydia Lynn Madeleine Margaret Maria Marie Marina Marion Martha Mary Maureen Megan Melania Melanie Melissa Michelle Miriam Mila Miranda Molly Monica Nadia Nancy Naomi Natalie Natasha Nicola Nicole Nina Olga Olivia Pamela Patricia Paula Pauline Penelope Penny Phoebe Priti Rachel Rebecca Rita Rosa Rose Ruth Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia Sophie Stella Stephanie Susan Suzanne Svetlana Sylvia Tatiana Teresa Theresa Tina Tracy Ursula Valentina Valerie Vanessa Victoria Wendy Yulia Yvonne Zoe
");

    public static bool Contains(string name) => Male.Contains(name) || Female.Contains(name);

    /// <summary>Every name <see cref="Contains"/> looks up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Male.Concat(Female);

    public static Gender GenderOf(string name) =>
        Male.Contains(name) ? Gender.Male : Female.Contains(name) ? Gender.Female : Gender.Unknown;
}
